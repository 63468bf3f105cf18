package org.dateline.site;

/** A site setting changed; everything rendered with the old settings is out of date. */
public record SiteSettingsChanged(String name) {
}
