package org.dateline.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentThreadTests {

	private static Comment comment(long id, Long parent) {
		return new Comment(id, 1, parent, "Reader " + id, "", "Text " + id, Instant.ofEpochSecond(id), false, false);
	}

	@Test
	void repliesNestUnderTheirParentsOldestFirst() {
		CommentThread thread = CommentThread
			.of(List.of(comment(1, null), comment(2, 1L), comment(3, null), comment(4, 2L), comment(5, 1L)), 5);
		assertThat(thread.count()).isEqualTo(5);
		assertThat(thread.roots()).extracting((n) -> n.comment().id()).containsExactly(1L, 3L);
		CommentThread.Node first = thread.roots().getFirst();
		assertThat(first.replies()).extracting((n) -> n.comment().id()).containsExactly(2L, 5L);
		assertThat(first.replies().getFirst().replies()).extracting((n) -> n.depth()).containsExactly(3);
	}

	@Test
	void repliesDeeperThanTheLimitStayAtTheDeepestLevelInOrder() {
		List<Comment> chain = new ArrayList<>();
		chain.add(comment(1, null));
		for (long id = 2; id <= 8; id++) {
			chain.add(comment(id, id - 1));
		}
		CommentThread thread = CommentThread.of(chain, 3);
		CommentThread.Node level2 = thread.roots().getFirst().replies().getFirst();
		assertThat(level2.replies()).extracting((n) -> n.comment().id()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
		assertThat(level2.replies()).allSatisfy((n) -> assertThat(n.depth()).isEqualTo(3));
	}

	@Test
	void aReplyWhoseParentIsNotShownBecomesATopLevelComment() {
		CommentThread thread = CommentThread.of(List.of(comment(7, 99L)), 5);
		assertThat(thread.roots()).hasSize(1);
	}

}
