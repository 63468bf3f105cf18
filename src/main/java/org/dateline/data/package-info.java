/**
 * Where a site's data lives: the data directory, its database connection and the SQL
 * conventions every repository shares, and whole-site copies (migrate, backup, restore)
 * proved by checksums. Owns no tables and no feature logic: which media files a backup
 * leaves out is asked of the caller.
 */
package org.dateline.data;
