package org.dateline.article;

import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A pull quote in an article body, written as a fenced container (the syntax of Pandoc's
 * fenced divs):
 *
 * <pre>
 * ::: pullquote
 * "We will rebuild the pier before the season starts," she said.
 * :::
 * </pre>
 */
class PullQuote extends CustomBlock {

	private static final Pattern OPENING = Pattern.compile("^:{3,}\\s*pullquote\\s*$");

	private static final Pattern CLOSING = Pattern.compile("^:{3,}\\s*$");

	static class Factory extends AbstractBlockParserFactory {

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			CharSequence line = state.getLine().getContent();
			String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
			if (!OPENING.matcher(rest).matches()) {
				return BlockStart.none();
			}
			return BlockStart.of(new Parser()).atIndex(line.length());
		}

	}

	private static class Parser extends AbstractBlockParser {

		private final PullQuote block = new PullQuote();

		@Override
		public Block getBlock() {
			return this.block;
		}

		@Override
		public boolean isContainer() {
			return true;
		}

		@Override
		public boolean canContain(Block childBlock) {
			return !(childBlock instanceof PullQuote);
		}

		@Override
		public BlockContinue tryContinue(ParserState state) {
			CharSequence line = state.getLine().getContent();
			String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
			if (state.getIndent() < 4 && CLOSING.matcher(rest).matches()) {
				return BlockContinue.finished();
			}
			return BlockContinue.atIndex(state.getIndex());
		}

	}

}
