package org.dateline.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.account.AccountLinks;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffSessions;
import org.dateline.account.StaffUser;
import org.dateline.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' screen of newsroom accounts: invite a colleague by email, change a desk
 * role, disable an account, send a password link, sign someone out everywhere.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

	private final DeskFactory desks;

	private final StaffService staff;

	private final StaffSessions sessions;

	private final AccountLinks accounts;

	private final MailLinks mailLinks;

	UsersController(DeskFactory desks, StaffService staff, StaffSessions sessions, AccountLinks accounts,
			MailLinks mailLinks) {
		this.desks = desks;
		this.staff = staff;
		this.sessions = sessions;
		this.accounts = accounts;
		this.mailLinks = mailLinks;
	}

	@GetMapping("/newsroom/users")
	String users(CsrfToken csrf, Model model) {
		return list(csrf, model, (String) model.getAttribute("notice"), null, InviteForm.EMPTY);
	}

	@PostMapping("/newsroom/users")
	String invite(InviteForm invite, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			AccountLinks.Invitation invitation = this.accounts.invite(invite.email(), invite.name(),
					role(invite.role()), this.mailLinks.signedIn());
			redirect.addFlashAttribute("notice", "Invitation mailed to " + invitation.user().email() + ".");
			redirect.addFlashAttribute("link", invitation.link());
			return "redirect:/newsroom/users/" + invitation.user().id();
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			return list(csrf, model, null, ex.getMessage(), invite);
		}
	}

	@GetMapping("/newsroom/users/{id:\\d+}")
	String user(@PathVariable long id, CsrfToken csrf, Model model) {
		return detail(id, csrf, model, (String) model.getAttribute("notice"), null);
	}

	@PostMapping("/newsroom/users/{id:\\d+}/role")
	String changeRole(@PathVariable long id, @RequestParam(defaultValue = "") String role, CsrfToken csrf,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return act(id, csrf, response, model, redirect, () -> {
			StaffUser user = this.staff.changeRole(this.desks.currentUser(), id, role(role));
			return user.name() + " is now " + article(user.role()) + " and signs in again to use it.";
		});
	}

	@PostMapping("/newsroom/users/{id:\\d+}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled, CsrfToken csrf,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return act(id, csrf, response, model, redirect, () -> {
			StaffUser user = this.staff.setEnabled(this.desks.currentUser(), id, enabled);
			return enabled ? user.name() + " can sign in again."
					: user.name() + " is signed out everywhere and can no longer sign in.";
		});
	}

	@PostMapping("/newsroom/users/{id:\\d+}/password-link")
	String passwordLink(@PathVariable long id, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(id, csrf, response, model, redirect, () -> {
			StaffUser user = account(id);
			String link = user.hasPassword() ? this.accounts.sendReset(user, this.mailLinks.signedIn())
					: this.accounts.reinvite(user, this.mailLinks.signedIn());
			redirect.addFlashAttribute("link", link);
			return "A link to choose a password is mailed to " + user.email() + ".";
		});
	}

	@PostMapping("/newsroom/users/{id:\\d+}/sign-out")
	String signOut(@PathVariable long id, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(id, csrf, response, model, redirect, () -> {
			StaffUser user = account(id);
			int ended = this.sessions.endAll(user);
			return user.name() + " is signed out everywhere (" + ended + (ended == 1 ? " session)." : " sessions).");
		});
	}

	@PostMapping("/newsroom/users/{id:\\d+}/unlock")
	String unlock(@PathVariable long id, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(id, csrf, response, model, redirect, () -> {
			this.staff.unlock(id);
			return account(id).name() + " may try to sign in again.";
		});
	}

	private String act(long id, CsrfToken csrf, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Action action) {
		account(id);
		try {
			redirect.addFlashAttribute("notice", action.run());
			return "redirect:/newsroom/users/" + id;
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			return detail(id, csrf, model, null, ex.getMessage());
		}
	}

	private String list(CsrfToken csrf, Model model, String notice, String error, InviteForm invite) {
		List<UsersPage.Row> rows = this.staff.all()
			.stream()
			.map((user) -> new UsersPage.Row(user, this.staff.lockedUntil(user.id()).orElse(null)))
			.toList();
		model.addAttribute("page", new UsersPage(this.desks.desk("Accounts", "/newsroom/users", "users", csrf), rows,
				List.of(Role.values()), invite, notice, error));
		return "newsroom/users/list";
	}

	private String detail(long id, CsrfToken csrf, Model model, String notice, String error) {
		StaffUser user = account(id);
		Instant locked = this.staff.lockedUntil(id).orElse(null);
		model.addAttribute("page",
				new UserPage(this.desks.desk(user.name(), "/newsroom/users/" + id, "users", csrf), user, locked,
						this.sessions.count(user), List.of(Role.values()), notice, error,
						(String) model.getAttribute("link"), this.desks.currentUser().id() == id));
		return "newsroom/users/user";
	}

	private StaffUser account(long id) {
		return this.staff.byId(id).orElseThrow(() -> new NotFoundException("No account " + id));
	}

	private static Role role(String value) {
		try {
			return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Choose a desk role: admin, editor, author or contributor.");
		}
	}

	private static String article(Role role) {
		String label = role.label().toLowerCase(Locale.ROOT);
		return (role == Role.ADMIN || role == Role.EDITOR || role == Role.AUTHOR ? "an " : "a ") + label;
	}

	@FunctionalInterface
	private interface Action {

		String run();

	}

}
