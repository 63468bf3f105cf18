package org.dateline.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores readers' comments with group commit: comments arriving together are written in
 * one transaction, so one fsync makes a whole batch durable. Every reader still waits for
 * the commit that holds their comment before they are told it was received. A batch that
 * fails is retried comment by comment, so one bad comment never sinks the others. Outside
 * a running server (imports, tests without one) comments are written directly.
 */
@Component
class CommentWriter implements SmartLifecycle {

	static final int MAX_BATCH = 256;

	private static final Logger log = LoggerFactory.getLogger(CommentWriter.class);

	private final CommentRepository comments;

	private final TransactionTemplate transaction;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private volatile Thread writer;

	private volatile boolean running;

	CommentWriter(CommentRepository comments, TransactionTemplate transaction) {
		this.comments = comments;
		this.transaction = transaction;
	}

	/**
	 * The stored comment's id (or the existing one, for a submission seen before), once
	 * it is committed.
	 */
	long write(NewComment comment) {
		// Inside a caller's transaction (an import, the demo site) the comment joins it:
		// the writer thread would
		// wait for that transaction's lock.
		if (!this.running || TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.transaction.execute((status) -> insert(comment));
		}
		Pending pending = new Pending(comment, new CompletableFuture<>());
		this.queue.add(pending);
		try {
			return pending.result().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The comment could not be stored in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private long insert(NewComment comment) {
		return this.comments.insert(comment)
			.or(() -> this.comments.idForSubmission(comment.submissionId()))
			.orElseThrow(() -> new IllegalStateException("Comment was neither stored nor found"));
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, MAX_BATCH - 1);
				commit(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commit(List<Pending> batch) {
		try {
			List<Long> ids = this.transaction.execute((status) -> {
				List<Long> stored = new ArrayList<>(batch.size());
				for (Pending pending : batch) {
					stored.add(insert(pending.comment()));
				}
				return stored;
			});
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).result().complete(ids.get(i));
			}
		}
		catch (RuntimeException batchFailure) {
			log.warn("A batch of {} comments failed; storing them one by one", batch.size());
			for (Pending pending : batch) {
				try {
					pending.result().complete(this.transaction.execute((status) -> insert(pending.comment())));
				}
				catch (RuntimeException ex) {
					pending.result().completeExceptionally(ex);
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::run, "comment-writer");
		thread.setDaemon(false);
		this.writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.writer;
		if (thread != null) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before and stops after the web server, so requests in flight get their
	 * comments written.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record Pending(NewComment comment, CompletableFuture<Long> result) {
	}

}
