package org.whosaid.resolve;

/**
 * A phrase that can name a speaker, as found in the text: its tokens, what kind of phrase it is,
 * the name part (for names) and the role the phrase itself gives ("Trade Minister" in
 * "Trade Minister Aiko Tanabe"), all as char offsets into the article.
 */
public record Mention(int startTok, int endTok, int start, int end, Type type, String name, String role, String head) {

    /** What the phrase is; pronouns and nominals are resolved later against the article's names. */
    public enum Type {
        PERSON_NAME, ORG_NAME, PRONOUN, PERSON_NOMINAL, ORG_NOMINAL, GROUP, ANONYMOUS, DOCUMENT
    }

    /**
     * The role an organisation's name carries when the name scan knows it as a sports side ("the Port Calloway
     * Ospreys"), which a later "the team said" and "the Ospreys said" name.
     */
    public static final String SIDE = "side";

    /** This mention as a side's name: an organisation with the {@link #SIDE} role. */
    public boolean isSide() {
        return type == Type.ORG_NAME && SIDE.equals(role);
    }

    public Mention withRole(String newRole) {
        return new Mention(startTok, endTok, start, end, type, name, newRole, head);
    }

    public Mention withType(Type newType) {
        return new Mention(startTok, endTok, start, end, newType, name, role, head);
    }

    public boolean isName() {
        return type == Type.PERSON_NAME || type == Type.ORG_NAME;
    }
}
