/**
 * Newsroom accounts and desk roles: creating accounts, signing in, locking out password
 * guessers. The newsroom's screens for managing accounts live in {@code newsroom}.
 */
package org.dateline.account;
