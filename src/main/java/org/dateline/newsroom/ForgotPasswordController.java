package org.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.account.AccountLinks;
import org.dateline.web.Pages;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": mails a reset link. The answer is the same whether or not the
 * address has an account, so the form cannot be used to find out who works here.
 */
@Controller
class ForgotPasswordController {

	static final String SENT = "If that address belongs to a newsroom account, a link to choose a new password is on "
			+ "its way. It works for an hour.";

	private final AccountLinks accounts;

	private final MailLinks mailLinks;

	private final Pages pages;

	ForgotPasswordController(AccountLinks accounts, MailLinks mailLinks, Pages pages) {
		this.accounts = accounts;
		this.mailLinks = mailLinks;
		this.pages = pages;
	}

	@GetMapping("/newsroom/password/forgot")
	String form(CsrfToken csrf, Model model) {
		model.addAttribute("page", page(csrf, null, null));
		return "newsroom/forgotPassword";
	}

	@PostMapping("/newsroom/password/forgot")
	String send(@RequestParam(defaultValue = "") String email, HttpServletRequest request, CsrfToken csrf,
			Model model) {
		var links = this.mailLinks.anonymous(request);
		if (links.isEmpty()) {
			model.addAttribute("page", page(csrf, "Password reset by email is not switched on yet: the site's address "
					+ "has not been set. Ask an admin to set it in the newsroom's settings, or to send you a link.",
					null));
			return "newsroom/forgotPassword";
		}
		if (!email.isBlank()) {
			this.accounts.requestReset(email, links.get());
		}
		model.addAttribute("page", page(csrf, null, SENT));
		return "newsroom/forgotPassword";
	}

	private SignInPage page(CsrfToken csrf, String error, String notice) {
		return new SignInPage(this.pages.page("Forgot your password?", "/newsroom/password/forgot").noIndex().build(),
				csrf.getParameterName(), csrf.getToken(), error, notice);
	}

}
