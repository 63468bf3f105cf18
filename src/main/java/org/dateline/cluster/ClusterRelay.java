package org.dateline.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.site.SiteSettingsChanged;
import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other nodes on the same PostgreSQL database what changed, and them to this
 * one: after each commit that changes what readers see ({@link ContentChanged}) or the
 * site's settings ({@link SiteSettingsChanged}), a {@code NOTIFY} on the channel
 * {@value #CHANNEL}; a thread of its own {@code LISTEN}s and publishes what other nodes
 * sent as local events, so page caches purge and settings reload everywhere within a
 * second. After a lost connection it purges everything, since it may have missed
 * something. On SQLite (one node) it does nothing.
 */
@Component
class ClusterRelay implements SmartLifecycle {

	static final String CHANNEL = "dateline_changes";

	/** NOTIFY payloads must stay under 8,000 bytes; past this, "everything changed". */
	private static final int MAX_PAYLOAD = 7000;

	private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);

	private final String node = UUID.randomUUID().toString();

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ThreadLocal<Boolean> relaying = ThreadLocal.withInitial(() -> false);

	private volatile boolean running;

	private volatile Thread listener;

	/** Whether this node hears the others: its LISTEN connection is up. */
	private volatile boolean listening;

	private final boolean enabled;

	ClusterRelay(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events) throws SQLException {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.events = events;
		try (Connection connection = dataSource.getConnection()) {
			this.enabled = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void relay(ContentChanged event) {
		String keys = String.join(" ", event.keys());
		notifyOthers("content", (keys.length() > MAX_PAYLOAD) ? SurrogateKeys.SITE : keys);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void relay(SiteSettingsChanged event) {
		notifyOthers("settings", (event.name().length() > MAX_PAYLOAD) ? "" : event.name());
	}

	private void notifyOthers(String kind, String data) {
		if (!this.enabled || this.relaying.get()) {
			return; // one node; or an event this relay itself published for another node
		}
		this.jdbc.sql("SELECT pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", this.node + "\n" + kind + "\n" + data)
			.query((rs) -> {
			});
	}

	private void listen() {
		long pause = 500;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				this.listening = true;
				if (pause > 500) {
					log.info("Listening to the other nodes again; purging everything in case something was missed");
					receive("content", SurrogateKeys.SITE);
					receive("settings", "");
				}
				pause = 500;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(1000);
					if (notifications == null) {
						continue;
					}
					for (PGNotification notification : notifications) {
						String[] parts = notification.getParameter().split("\n", 3);
						if (parts.length == 3 && !parts[0].equals(this.node)) {
							receive(parts[1], parts[2]);
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.listening = false;
				if (!this.running) {
					return;
				}
				log.warn("Lost the connection that hears other nodes' changes ({}); trying again in {} ms",
						ex.getMessage(), pause);
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				pause = Math.min(pause * 2, 30_000);
			}
		}
	}

	private void receive(String kind, String data) {
		this.relaying.set(true);
		try {
			switch (kind) {
				case "content" -> {
					Set<String> keys = new LinkedHashSet<>(Arrays.asList(data.split(" ")));
					keys.remove("");
					if (!keys.isEmpty()) {
						this.events.publishEvent(new ContentChanged(keys));
					}
				}
				case "settings" -> this.events.publishEvent(new SiteSettingsChanged(data));
				default -> log.debug("Ignored a change of kind {} from another node", kind);
			}
		}
		finally {
			this.relaying.set(false);
		}
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		this.running = true;
		this.listener = Thread.ofPlatform().daemon().name("cluster-listener").start(this::listen);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Whether this node currently hears the other nodes' changes (always false on SQLite,
	 * where there are no other nodes).
	 */
	boolean isListening() {
		return this.listening;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
