/**
 * The site's identity and settings (name, base URL, language, time zone), editable at
 * runtime. The lowest layer: depends on no other feature.
 */
package org.dateline.site;
