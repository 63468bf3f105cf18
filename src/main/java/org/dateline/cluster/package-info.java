/**
 * Several nodes on one PostgreSQL database: what one node changes, the others hear of
 * within a second (LISTEN/NOTIFY), so their page caches and in-memory settings follow.
 * Depends on {@code web} and {@code site} for the events it relays.
 */
package org.dateline.cluster;
