package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Any setting given as {@code --name=value} after a subcommand
 * ({@code --dateline.site.name="The Courier"},
 * {@code --spring.mail.host=smtp.example.com}) is handed to the application as a Spring
 * property. Anything else unknown is an error, so a mistyped option is reported instead
 * of ignored.
 */
final class SpringSettings {

	private static final Pattern PROPERTY = Pattern.compile("--[a-z][a-z0-9]*([.-][a-z0-9\\[\\]]+)+=.*");

	private static final List<String> FLAGS = List.of("--debug", "--trace");

	private SpringSettings() {
	}

	/**
	 * The unmatched arguments of a command as Spring arguments, or an error naming the
	 * first that is not one.
	 */
	static List<String> arguments(CommandSpec spec, List<String> unmatched) {
		List<String> properties = new ArrayList<>();
		for (String argument : unmatched) {
			if (!PROPERTY.matcher(argument).matches() && !FLAGS.contains(argument)) {
				throw new ParameterException(spec.commandLine(), "Unknown option: '" + argument
						+ "' (settings are given as --name=value, e.g. --dateline.site.name=News)");
			}
			properties.add(argument);
		}
		return properties;
	}

}
