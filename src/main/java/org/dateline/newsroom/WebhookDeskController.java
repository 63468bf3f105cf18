package org.dateline.newsroom;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.webhook.WebhookRefusedException;
import org.dateline.webhook.WebhookService;

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
 * The admins' screen of webhooks: register a URL (its signing secret is shown once), see
 * each one's recent deliveries with their status, attempts and last error, send one
 * again, remove a webhook. Delivery itself is the {@code webhook} feature's.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WebhookDeskController {

	private final DeskFactory desks;

	private final WebhookService webhooks;

	WebhookDeskController(DeskFactory desks, WebhookService webhooks) {
		this.desks = desks;
		this.webhooks = webhooks;
	}

	@GetMapping("/newsroom/webhooks")
	String list(CsrfToken csrf, Model model) {
		return list(csrf, model, (String) model.getAttribute("notice"), null, "", "");
	}

	@PostMapping("/newsroom/webhooks")
	String register(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String description,
			CsrfToken csrf, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			WebhookService.Registered registered = this.webhooks.register(url, description,
					this.desks.currentUser().id());
			redirect.addFlashAttribute("notice",
					"The webhook is registered. Copy its secret now: it is not shown again.");
			redirect.addFlashAttribute("secret", registered.secret());
			return "redirect:/newsroom/webhooks/" + registered.webhook().id();
		}
		catch (WebhookRefusedException ex) {
			response.setStatus(422);
			return list(csrf, model, null, ex.getMessage(), url, description);
		}
	}

	@GetMapping("/newsroom/webhooks/{id:\\d+}")
	String webhook(@PathVariable long id, CsrfToken csrf, Model model) {
		var webhook = this.webhooks.find(id);
		model.addAttribute("page",
				new WebhookPage(this.desks.desk(webhook.url(), "/newsroom/webhooks/" + id, "webhooks", csrf), webhook,
						this.webhooks.recentDeliveries(id), (String) model.getAttribute("notice"),
						(String) model.getAttribute("secret")));
		return "newsroom/webhooks/webhook";
	}

	@PostMapping("/newsroom/webhooks/{id:\\d+}/deliveries/{delivery:\\d+}/resend")
	String resend(@PathVariable long id, @PathVariable long delivery, RedirectAttributes redirect) {
		this.webhooks.resend(id, delivery);
		redirect.addFlashAttribute("notice", "Queued again as a new delivery; it goes out within seconds.");
		return "redirect:/newsroom/webhooks/" + id;
	}

	@PostMapping("/newsroom/webhooks/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		String url = this.webhooks.find(id).url();
		this.webhooks.delete(id);
		redirect.addFlashAttribute("notice", "Removed the webhook to " + url + " and its deliveries.");
		return "redirect:/newsroom/webhooks";
	}

	private String list(CsrfToken csrf, Model model, String notice, String error, String url, String description) {
		model.addAttribute("page", new WebhooksPage(this.desks.desk("Webhooks", "/newsroom/webhooks", "webhooks", csrf),
				this.webhooks.all(), notice, error, url, description));
		return "newsroom/webhooks/list";
	}

}
