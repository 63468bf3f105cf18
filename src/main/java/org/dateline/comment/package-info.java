/**
 * Reader comments: storing, threading and showing them. A commenter's email address is
 * stored for moderation and never leaves this package in a record the public can see.
 */
package org.dateline.comment;
