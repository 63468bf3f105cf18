package org.dateline;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features depend on each other only in the directions STYLE.md allows, and never in a
 * cycle.
 */
class ModularityTests {

	@Test
	void featurePackagesRespectTheirBoundaries() {
		ApplicationModules.of(DatelineApplication.class).verify();
	}

}
