package org.dateline.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

	private static final String COLUMNS = "id, email, name, role, enabled, password_hash IS NOT NULL AS has_password";

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffUser> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE email = :email")
			.param("email", email)
			.query(StaffRepository::mapRow)
			.optional();
	}

	Optional<StaffUser> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE id = :id")
			.param("id", id)
			.query(StaffRepository::mapRow)
			.optional();
	}

	List<StaffUser> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY name, email")
			.query(StaffRepository::mapRow)
			.list();
	}

	List<StaffUser> findByRoles(List<String> roles) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE role IN (:roles) AND enabled = :yes")
			.param("roles", roles)
			.param("yes", true)
			.query(StaffRepository::mapRow)
			.list();
	}

	/** What sign-in needs: the hash and whether the account is locked. */
	Optional<Credentials> credentials(String email) {
		return this.jdbc.sql("""
				SELECT id, email, role, password_hash, enabled, locked_until, sessions_valid_after
				FROM staff_user WHERE email = :email
				""")
			.param("email", email)
			.query((rs, row) -> new Credentials(rs.getLong("id"), rs.getString("email"),
					Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("enabled"),
					Sql.instant(rs, "locked_until"), Sql.instant(rs, "sessions_valid_after")))
			.optional();
	}

	long insert(String email, String name, Role role, String passwordHash, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO staff_user (email, name, role, password_hash, created_at)
				VALUES (:email, :name, :role, :hash, :now)
				RETURNING id
				""")
			.param("email", email)
			.param("name", name)
			.param("role", role.name())
			.param("hash", passwordHash)
			.param("now", Sql.millis(now))
			.query(Long.class)
			.single();
	}

	void recordFailure(String email, int lockAfter, Instant lockUntil) {
		this.jdbc.sql("""
				UPDATE staff_user SET failed_sign_ins = failed_sign_ins + 1,
				       locked_until = CASE WHEN failed_sign_ins + 1 >= :lockAfter THEN :lockUntil ELSE locked_until END
				WHERE email = :email
				""")
			.param("email", email)
			.param("lockAfter", lockAfter)
			.param("lockUntil", Sql.millis(lockUntil))
			.update();
	}

	void recordSuccess(String email) {
		this.jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE email = :email")
			.param("email", email)
			.update();
	}

	void updateRole(long id, Role role) {
		this.jdbc.sql("UPDATE staff_user SET role = :role WHERE id = :id")
			.param("role", role.name())
			.param("id", id)
			.update();
	}

	void updateEnabled(long id, boolean enabled) {
		this.jdbc.sql("UPDATE staff_user SET enabled = :enabled WHERE id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	void updateName(long id, String name) {
		this.jdbc.sql("UPDATE staff_user SET name = :name WHERE id = :id").param("name", name).param("id", id).update();
	}

	void updatePasswordHash(long id, String hash) {
		this.jdbc
			.sql("UPDATE staff_user SET password_hash = :hash, failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
			.param("hash", hash)
			.param("id", id)
			.update();
	}

	/** The same password, hashed again with today's parameters: nothing else changes. */
	void rehash(long id, String hash) {
		this.jdbc.sql("UPDATE staff_user SET password_hash = :hash WHERE id = :id")
			.param("hash", hash)
			.param("id", id)
			.update();
	}

	Optional<String> passwordHash(long id) {
		return this.jdbc.sql("SELECT password_hash FROM staff_user WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** When the account was locked until, if it is locked now. */
	Optional<Instant> lockedUntil(long id, Instant now) {
		return this.jdbc.sql("SELECT locked_until FROM staff_user WHERE id = :id AND locked_until > :now")
			.param("id", id)
			.param("now", Sql.millis(now))
			.query(Long.class)
			.optional()
			.map(Instant::ofEpochMilli);
	}

	void unlock(long id) {
		this.jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	record Credentials(long id, String email, Role role, String passwordHash, boolean enabled, Instant lockedUntil,
			Instant sessionsValidAfter) {
	}

	private static StaffUser mapRow(ResultSet rs, int row) throws SQLException {
		return new StaffUser(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("has_password"));
	}

}
