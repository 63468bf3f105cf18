package org.dateline.comment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approved comments of an article (and the reader's own ones awaiting moderation) as
 * a tree: top-level comments oldest first, each with its replies. Replies nested deeper
 * than {@code maxDepth} are shown at that depth, still in order, so no conversation is
 * cut off.
 */
public record CommentThread(List<Node> roots, int count, int pending) {

	public record Node(Comment comment, int depth, List<Node> replies) {
	}

	public static CommentThread of(List<Comment> oldestFirst, int maxDepth) {
		Map<Long, Node> byId = new LinkedHashMap<>();
		Map<Node, Node> parents = new IdentityHashMap<>();
		List<Node> roots = new ArrayList<>();
		for (Comment comment : oldestFirst) {
			Node parent = comment.parentId() == null ? null : byId.get(comment.parentId());
			if (parent == null) {
				Node node = new Node(comment, 1, new ArrayList<>());
				roots.add(node);
				byId.put(comment.id(), node);
				continue;
			}
			Node attachTo = parent;
			while (attachTo.depth() >= maxDepth && parents.containsKey(attachTo)) {
				attachTo = parents.get(attachTo);
			}
			Node node = new Node(comment, attachTo.depth() + 1, new ArrayList<>());
			attachTo.replies().add(node);
			parents.put(node, attachTo);
			byId.put(comment.id(), node);
		}
		int pending = (int) oldestFirst.stream().filter(Comment::pending).count();
		return new CommentThread(roots, oldestFirst.size() - pending, pending);
	}

	public boolean isEmpty() {
		return this.roots.isEmpty();
	}

}
