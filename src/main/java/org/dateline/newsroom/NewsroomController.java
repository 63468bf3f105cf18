package org.dateline.newsroom;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's front door: what needs attention, and where to go. */
@Controller
class NewsroomController {

	private final DeskFactory desks;

	NewsroomController(DeskFactory desks) {
		this.desks = desks;
	}

	@GetMapping("/newsroom")
	String withoutSlash() {
		return "redirect:/newsroom/";
	}

	@GetMapping("/newsroom/")
	String dashboard(CsrfToken csrf, Model model) {
		model.addAttribute("desk", this.desks.desk("Dashboard", "/newsroom/", "dashboard", csrf));
		return "newsroom/dashboard";
	}

}
