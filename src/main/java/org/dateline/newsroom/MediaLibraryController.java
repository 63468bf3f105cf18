package org.dateline.newsroom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.comment.CommentTarget;
import org.dateline.comment.CommentTargets;
import org.dateline.media.LibraryPhoto;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoDetails;
import org.dateline.media.PhotoRejectedException;
import org.dateline.media.PhotoSearch;
import org.dateline.media.PhotoUsage;
import org.dateline.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the newsroom: upload photos (their details prefilled from the
 * files), find them by caption, credit or file name, edit their details and see which
 * articles use them; and the JSON search the article editor's photo picker calls. Every
 * signed-in role may upload, and may edit the photos they uploaded; editors and admins
 * may edit every photo. {@link UploadLimitFilter} turns an upload that was cut off for
 * its size into a message here.
 */
@Controller
class MediaLibraryController {

	static final String LIBRARY = "/newsroom/media";

	static final String UPLOAD = "/newsroom/media/upload";

	/**
	 * The library page's query parameter that says an upload was cut off for its size.
	 */
	static final String REFUSED_TOO_LARGE = "too-large";

	/** Drag and drop, and size and type checks before a file is sent. */
	static final String SCRIPT = "/assets/media-library.js";

	private final MediaService media;

	private final DeskFactory desks;

	private final StaffService staff;

	private final CommentTargets articles;

	MediaLibraryController(MediaService media, DeskFactory desks, StaffService staff, CommentTargets articles) {
		this.media = media;
		this.desks = desks;
		this.staff = staff;
		this.articles = articles;
	}

	@GetMapping(LIBRARY)
	String library(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			@RequestParam(required = false) String done, @RequestParam(required = false) String refused, CsrfToken csrf,
			Model model) {
		List<String> errors = REFUSED_TOO_LARGE.equals(refused) ? List.of(tooLarge()) : List.of();
		String notice = (done != null && done.matches("[0-9]{1,3}")) ? done + " photos uploaded." : null;
		model.addAttribute("page", libraryPage(q, pageNumber(page), csrf, notice, errors));
		return "newsroom/media/library";
	}

	@PostMapping(UPLOAD)
	String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files, CsrfToken csrf,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		StaffUser user = this.desks.currentUser();
		List<MultipartFile> chosen = (files == null) ? List.of()
				: files.stream().filter((f) -> !(f.isEmpty() && blank(f.getOriginalFilename()))).toList();
		if (chosen.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("page", libraryPage("", 1, csrf, null, List.of("Choose a photo to upload.")));
			return "newsroom/media/library";
		}
		List<LibraryPhoto> stored = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		for (MultipartFile file : chosen) {
			String name = blank(file.getOriginalFilename()) ? "The file" : file.getOriginalFilename().strip();
			Optional<String> size = this.media.sizeProblem(file.getSize());
			if (size.isPresent()) {
				errors.add(name + ": " + size.get() + " Nothing was stored.");
				continue;
			}
			try {
				stored.add(this.media.upload(file.getBytes(), file.getOriginalFilename(), user.id()));
			}
			catch (PhotoRejectedException ex) {
				errors.add(name + ": " + ex.getMessage() + " Nothing was stored.");
			}
			catch (IOException ex) {
				errors.add(name + ": the upload was interrupted before the whole file arrived. Try again.");
			}
		}
		if (errors.isEmpty() && stored.size() == 1) {
			return "redirect:" + LIBRARY + "/" + stored.getFirst().id() + "?done=uploaded";
		}
		if (errors.isEmpty()) {
			redirect.addAttribute("done", stored.size());
			return "redirect:" + LIBRARY;
		}
		response.setStatus(422);
		String done = stored.isEmpty() ? null : stored.size() + (stored.size() == 1 ? " photo" : " photos")
				+ " uploaded: " + String.join(", ", stored.stream().map(LibraryPhoto::originalName).toList()) + ".";
		model.addAttribute("page", libraryPage("", 1, csrf, done, errors));
		return "newsroom/media/library";
	}

	@GetMapping(LIBRARY + "/{id:\\d{1,18}}")
	String photo(@PathVariable long id, @RequestParam(required = false) String done, CsrfToken csrf, Model model) {
		LibraryPhoto photo = find(id);
		String notice = switch (done == null ? "" : done) {
			case "uploaded" -> "Uploaded. The details below come from the file: check them, and write the alt "
					+ "text if it is missing.";
			case "saved" -> "Saved. The published files of this photo are made again with the new details.";
			default -> null;
		};
		model.addAttribute("page", photoPage(photo, csrf, photo.details(), Map.of(), notice));
		return "newsroom/media/photo";
	}

	@PostMapping(LIBRARY + "/{id:\\d{1,18}}")
	String save(@PathVariable long id, @RequestParam(defaultValue = "") String alt,
			@RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
			@RequestParam(defaultValue = "") String creator, @RequestParam(defaultValue = "") String copyright,
			CsrfToken csrf, HttpServletResponse response, Model model) {
		LibraryPhoto photo = find(id);
		if (!mayEdit(this.desks.currentUser(), photo)) {
			throw new AccessDeniedException("Photo " + id + " is not theirs to edit");
		}
		PhotoDetails details = new PhotoDetails(alt, caption, credit, creator, copyright);
		Map<String, String> problems = details.problems();
		if (!problems.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("page", photoPage(photo, csrf, details, problems, null));
			return "newsroom/media/photo";
		}
		this.media.updateDetails(id, details);
		return "redirect:" + LIBRARY + "/" + id + "?done=saved";
	}

	/**
	 * The article editor's photo picker: one page of photos matching the query, newest
	 * first.
	 */
	@GetMapping(LIBRARY + "/search.json")
	ResponseEntity<PhotoPickerJson> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") String page) {
		PhotoSearch found = this.media.search(q, pageNumber(page));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PhotoPickerJson.of(found));
	}

	static boolean mayEdit(StaffUser user, LibraryPhoto photo) {
		return user.can(Role.EDITOR) || photo.isUploadedBy(user.id());
	}

	private LibraryPhoto find(long id) {
		return this.media.findInLibrary(id).orElseThrow(() -> new NotFoundException("No photo " + id));
	}

	private MediaLibraryPage libraryPage(String query, int page, CsrfToken csrf, String done, List<String> errors) {
		return new MediaLibraryPage(this.desks.desk("Media library", LIBRARY, "media", csrf, SCRIPT),
				this.media.search(query, page), done, errors, this.media.properties().maxUploadSize().toBytes(),
				this.media.properties().maxUploadSizeText());
	}

	private PhotoPage photoPage(LibraryPhoto photo, CsrfToken csrf, PhotoDetails values, Map<String, String> errors,
			String notice) {
		StaffUser user = this.desks.currentUser();
		String uploader = photo.uploadedBy() == null ? null
				: this.staff.byId(photo.uploadedBy()).map(StaffUser::name).orElse("a former colleague");
		return new PhotoPage(this.desks.desk("Photo " + photo.id(), LIBRARY + "/" + photo.id(), "media", csrf), photo,
				uploader, mayEdit(user, photo), values, errors, uses(this.media.usages(photo.id())), notice);
	}

	private List<PhotoPage.Use> uses(List<PhotoUsage> usages) {
		Collection<Long> ids = usages.stream().map(PhotoUsage::articleId).toList();
		Map<Long, CommentTarget> targets = ids.isEmpty() ? Map.of() : this.articles.findAll(ids);
		return usages.stream().map((usage) -> {
			CommentTarget target = targets.get(usage.articleId());
			String path = (target != null && target.published()) ? target.path() : null;
			return new PhotoPage.Use(usage.headline(), usage.status(), path, usage.hero(), usage.inBody());
		}).toList();
	}

	private String tooLarge() {
		return "The upload was too large: the library takes photos of up to "
				+ this.media.properties().maxUploadSizeText()
				+ " each, a few at a time. Nothing was stored. Export a smaller JPEG, or upload fewer photos at once.";
	}

	private static int pageNumber(String page) {
		return page.matches("[0-9]{1,5}") ? Math.max(1, Integer.parseInt(page)) : 1;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
