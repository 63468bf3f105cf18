package org.dateline.web;

import java.util.List;

/**
 * Supplies the main navigation (the section list) to pages built here, such as error
 * pages, without this package depending on the features that own the sections.
 */
public interface NavigationSource {

	List<NavLink> primary();

}
