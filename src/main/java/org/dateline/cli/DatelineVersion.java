package org.dateline.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Reads the version Maven wrote into the jar's manifest ("development" when run from
 * classes).
 */
class DatelineVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = DatelineVersion.class.getPackage().getImplementationVersion();
		return new String[] {
				"Dateline " + (version != null ? version : "development") + " on Java " + Runtime.version() };
	}

}
