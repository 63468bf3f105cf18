/**
 * Where a site's data lives: the data directory, its database connection and the SQL
 * conventions every repository shares. Owns no tables and no feature logic.
 */
package org.dateline.data;
