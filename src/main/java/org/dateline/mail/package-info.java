/**
 * Outgoing mail: a durable outbox every feature queues into, and the background sender
 * that delivers it over SMTP. Never logs addresses.
 */
package org.dateline.mail;
