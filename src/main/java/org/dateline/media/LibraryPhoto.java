package org.dateline.media;

import java.time.Instant;

/**
 * A photo as the media library shows it: the {@link Photo} articles use, with the facts
 * of its file and who uploaded it.
 *
 * @param originalName the file's name on the uploader's computer (only ever shown, never
 * used as a path)
 * @param uploadedBy the newsroom account that uploaded it; {@code null} for photos that
 * came with the site or an import
 */
public record LibraryPhoto(Photo photo, String originalName, String mediaType, long byteSize, Long uploadedBy,
		Instant uploadedAt) {

	public long id() {
		return this.photo.id();
	}

	public PhotoDetails details() {
		return new PhotoDetails(this.photo.alt(), this.photo.caption(), this.photo.credit(), this.photo.creator(),
				this.photo.copyright());
	}

	/** A 480-pixel-wide variant: for grids and pickers. */
	public String thumbnailUrl() {
		return this.photo.url(Variant.W480);
	}

	public String previewUrl() {
		return this.photo.url(Variant.W800);
	}

	/** The size of the preview, with the photo's own proportions. */
	public int previewWidth() {
		return Math.min(Variant.W800.width(), this.photo.width());
	}

	public int previewHeight() {
		return (int) Math.round((double) this.photo.height() * previewWidth() / this.photo.width());
	}

	public int thumbnailWidth() {
		return Math.min(Variant.W480.width(), this.photo.width());
	}

	public int thumbnailHeight() {
		return (int) Math.round((double) this.photo.height() * thumbnailWidth() / this.photo.width());
	}

	public String sizeText() {
		return Sizes.text(this.byteSize);
	}

	/** JPEG, PNG, WebP or GIF. */
	public String formatLabel() {
		for (ImageFormat format : ImageFormat.values()) {
			if (format.mediaType().equals(this.mediaType)) {
				return format.label();
			}
		}
		return this.mediaType;
	}

	public boolean isUploadedBy(long staffUserId) {
		return this.uploadedBy != null && this.uploadedBy == staffUserId;
	}

}
