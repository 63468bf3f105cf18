package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.site.SiteLogo;
import org.dateline.site.SiteSettingsForm;

/**
 * The settings screen, with any problems of the form just sent, field by field.
 *
 * @param feedFullContent whether feeds carry whole stories (or only their excerpts)
 */
public record SettingsPage(Desk desk, SiteSettingsForm site, Map<String, String> siteProblems, SiteLogo.Logo logo,
		RulesForm rules, Map<String, String> rulesProblems, boolean feedFullContent, List<String> zones, String notice,
		String error) {

	public String siteProblem(String field) {
		return this.siteProblems.get(field);
	}

	public String rulesProblem(String field) {
		return this.rulesProblems.get(field);
	}

}
