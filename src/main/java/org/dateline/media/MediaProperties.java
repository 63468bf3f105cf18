package org.dateline.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The media library's limits ({@code dateline.media.*}).
 *
 * @param maxUploadSize the largest file the library takes; {@code application.properties}
 * gives the same number to {@code spring.servlet.multipart.max-file-size}, so a larger
 * upload is cut off before it is read in full
 * @param maxPixels the most pixels a photo may have (width times height), checked from
 * the file's header before anything is decoded: a small file that claims to be huge (a
 * "decompression bomb") is refused without allocating its pixels
 */
@ConfigurationProperties("dateline.media")
public record MediaProperties(@DefaultValue("25MB") DataSize maxUploadSize, @DefaultValue("80000000") long maxPixels) {

	/** The size limit as people say it: {@code 25 MB}. */
	public String maxUploadSizeText() {
		return Sizes.text(this.maxUploadSize.toBytes());
	}

}
