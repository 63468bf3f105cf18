package org.dateline.newsroom;

import org.dateline.account.PasswordLinks;
import org.dateline.web.Pages;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Setting a password from a one-time link: a new account's first, or a forgotten one's
 * replacement.
 */
@Controller
class PasswordController {

	private final PasswordLinks links;

	private final Pages pages;

	PasswordController(PasswordLinks links, Pages pages) {
		this.links = links;
		this.pages = pages;
	}

	@GetMapping("/newsroom/password")
	String form(@RequestParam(defaultValue = "") String token, CsrfToken csrf, HttpServletResponse response,
			Model model) {
		boolean valid = this.links.account(token).isPresent();
		if (!valid) {
			response.setStatus(404);
		}
		model.addAttribute("page", page(token, csrf, valid ? null : "This link has expired or was already used."));
		return "newsroom/password";
	}

	@PostMapping("/newsroom/password")
	String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String error = null;
		if (!password.equals(repeat)) {
			error = "The two passwords are not the same.";
		}
		else {
			try {
				this.links.setPassword(token, password);
				return "redirect:/newsroom/sign-in?password-set";
			}
			catch (IllegalArgumentException ex) {
				error = ex.getMessage();
			}
		}
		response.setStatus(422);
		model.addAttribute("page", page(token, csrf, error));
		return "newsroom/password";
	}

	private PasswordPage page(String token, CsrfToken csrf, String error) {
		return new PasswordPage(this.pages.page("Set your password", "/newsroom/password").noIndex().build(),
				csrf.getParameterName(), csrf.getToken(), token, error);
	}

}
