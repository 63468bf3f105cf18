/**
 * The newsroom: staff screens under {@code /newsroom/} that combine features (signing in,
 * moderating comments). Owns no tables; desk-role rules sit on its controllers.
 */
package org.dateline.newsroom;
