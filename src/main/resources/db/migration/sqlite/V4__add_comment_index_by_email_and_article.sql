-- The duplicate check looks up an address's comments on one article; without this index the planner walked
-- every comment of the article.
CREATE INDEX comment_by_email_and_article ON comment (author_email, article_id);
