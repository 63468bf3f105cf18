package org.dateline.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WordPress export is read as a stream: each post reaches the importer while the rest
 * of the file has not even been written, so a file of any size is never held whole in
 * memory.
 */
class WxrReaderTests {

	@TempDir
	Path dir;

	@Test
	void eachPostIsHandedOnBeforeTheRestOfTheFileExists() throws Exception {
		String export = Files.readString(ImportFixtures.resource("wordpress/newsroom.xml"));
		int cut = export.indexOf("</item>") + "</item>".length();
		String head = export.substring(0, cut) + "\n" + " ".repeat(64) + "\n";
		String rest = export.substring(cut);
		// a named pipe: whatever the reader gets, the test has written so far
		Path pipe = this.dir.resolve("export.xml");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor()).as("mkfifo").isZero();

		CountDownLatch firstPost = new CountDownLatch(1);
		List<String> posts = new CopyOnWriteArrayList<>();
		CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
			try (OutputStream out = Files.newOutputStream(pipe)) {
				out.write(head.getBytes(StandardCharsets.UTF_8));
				out.flush();
				boolean handedOn = firstPost.await(20, TimeUnit.SECONDS);
				out.write(rest.getBytes(StandardCharsets.UTF_8));
				return handedOn;
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		WxrReader.read(pipe, new WxrReader.Handler() {
			@Override
			public void item(Wxr.Item item) {
				posts.add(item.postId());
				firstPost.countDown();
			}
		});
		assertThat(writer.get(30, TimeUnit.SECONDS)).as("the first post was read before the rest was written").isTrue();
		assertThat(posts).hasSizeGreaterThan(1);
		assertThat(posts.getFirst()).isEqualTo(firstPostId(export));
	}

	private static String firstPostId(String export) {
		int start = export.indexOf("<wp:post_id>") + "<wp:post_id>".length();
		return export.substring(start, export.indexOf("</wp:post_id>", start)).strip();
	}

}
