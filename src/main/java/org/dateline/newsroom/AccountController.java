package org.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.account.StaffService;
import org.dateline.account.StaffSessions;
import org.dateline.account.StaffUser;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your account": everyone's own name and password, and signing out of every other
 * browser (a lost laptop, a shared computer).
 */
@Controller
class AccountController {

	private final DeskFactory desks;

	private final StaffService staff;

	private final StaffSessions sessions;

	AccountController(DeskFactory desks, StaffService staff, StaffSessions sessions) {
		this.desks = desks;
		this.staff = staff;
		this.sessions = sessions;
	}

	@GetMapping("/newsroom/account")
	String account(CsrfToken csrf, Model model) {
		return page(csrf, model, (String) model.getAttribute("notice"), null);
	}

	@PostMapping("/newsroom/account/name")
	String rename(@RequestParam(defaultValue = "") String name, CsrfToken csrf, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			this.staff.rename(this.desks.currentUser().id(), name);
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			return page(csrf, model, null, ex.getMessage());
		}
		redirect.addFlashAttribute("notice", "Your name is changed.");
		return "redirect:/newsroom/account";
	}

	@PostMapping("/newsroom/account/password")
	String password(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, HttpServletRequest request, CsrfToken csrf,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			if (!password.equals(repeat)) {
				throw new IllegalArgumentException("The two new passwords are not the same.");
			}
			this.staff.changePassword(this.desks.currentUser(), current, password, request.getSession().getId());
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			return page(csrf, model, null, ex.getMessage());
		}
		redirect.addFlashAttribute("notice", "Your password is changed, and every other browser is signed out.");
		return "redirect:/newsroom/account";
	}

	@PostMapping("/newsroom/account/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request) {
		this.sessions.endAll(this.desks.currentUser());
		request.getSession().invalidate();
		return "redirect:/newsroom/sign-in?signed-out";
	}

	private String page(CsrfToken csrf, Model model, String notice, String error) {
		StaffUser user = this.desks.currentUser();
		model.addAttribute("page",
				new AccountPage(this.desks.desk("Your account", "/newsroom/account", "account", csrf), notice, error,
						this.sessions.count(user)));
		return "newsroom/account";
	}

}
