package org.dateline.newsroom;

import org.dateline.web.Pages;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newsroom's sign-in page; Spring Security checks the password. The same message
 * covers a wrong password, an unknown address and a locked account, so the page tells
 * nobody which addresses have accounts.
 */
@Controller
class SignInController {

	private final Pages pages;

	SignInController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/newsroom/sign-in")
	String signIn(@RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "password-set", required = false) String passwordSet, CsrfToken csrf, Model model) {
		String message = error != null
				? "That email address and password do not match an account, or the account is locked for a few "
						+ "minutes after too many attempts."
				: null;
		model.addAttribute("page",
				new SignInPage(this.pages.page("Sign in", "/newsroom/sign-in").noIndex().build(),
						csrf.getParameterName(), csrf.getToken(), message, signedOut != null ? "You are signed out."
								: passwordSet != null ? "Your password is set. Sign in with it." : null));
		return "newsroom/signIn";
	}

}
