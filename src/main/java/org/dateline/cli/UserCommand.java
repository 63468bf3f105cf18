package org.dateline.cli;

import java.util.concurrent.Callable;

import org.dateline.account.PasswordLinks;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.site.SiteSettingsService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./dateline user add}: newsroom accounts from the command line, such as the first
 * admin.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage newsroom accounts.",
		subcommands = UserCommand.Add.class)
class UserCommand {

	@ParentCommand
	DatelineCli cli;

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Create a newsroom account. Without --password it prints a one-time link to set one.")
	static class Add implements Callable<Integer> {

		@ParentCommand
		UserCommand user;

		@Mixin
		DataOption data;

		@Option(names = "--email", required = true, description = "The account's email address (how it signs in).")
		String email;

		@Option(names = "--role", required = true, description = "admin, editor, author or contributor.")
		Role role;

		@Option(names = "--name", description = "The name shown in the newsroom (default: from the address).")
		String name;

		@Option(names = "--password", description = "The password (at least 12 characters); better left out, "
				+ "so it is not kept in the shell's history, and set from the link.")
		String password;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = Contexts.offline(this.user.cli.application, this.data)) {
				StaffUser created = context.getBean(StaffService.class)
					.create(this.email, this.name, this.role, this.password);
				var out = this.user.cli.spec.commandLine().getOut();
				out.println("Created " + created.role().label().toLowerCase() + " " + created.email() + ".");
				if (this.password == null) {
					String token = context.getBean(PasswordLinks.class)
						.create(created, PasswordLinks.Purpose.SET_PASSWORD);
					String base = context.getBean(SiteSettingsService.class).current().baseUrl();
					if (base.isBlank()) {
						// no base URL set: the site as ./dateline serve runs it on this
						// machine
						base = "http://localhost:" + context.getEnvironment().getProperty("server.port", "8080");
					}
					out.println("Set the password within 7 days at: " + base + "/newsroom/password?token=" + token);
				}
				return 0;
			}
		}

	}

}
