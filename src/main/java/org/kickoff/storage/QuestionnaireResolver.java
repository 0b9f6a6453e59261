package org.kickoff.storage;

import java.math.BigInteger;
import java.util.Optional;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireUpgrade;

/**
 * Decides which questionnaire a project file is worked on with. The built-in questionnaire when the
 * project answers exactly it; else the copy embedded in the file; and when the project answers an older
 * version of the built-in questionnaire, the built-in one after an upgrade whose findings the user should
 * see. A project answering a newer version than this Kickoff has keeps its embedded copy: nothing is
 * downgraded.
 */
public final class QuestionnaireResolver {

    private final Questionnaire builtIn;

    /** With the questionnaire shipped in this jar. */
    public QuestionnaireResolver() {
        this(BuiltIn.questionnaire());
    }

    public QuestionnaireResolver(Questionnaire builtIn) {
        this.builtIn = builtIn;
    }

    /**
     * How to continue with an opened project. When {@code upgrade} is present, show its findings and work
     * on {@code upgrade.apply()} with {@code questionnaire}; to stay on the old version instead, use the
     * file's embedded copy (when there is one).
     */
    public record Resolved(Questionnaire questionnaire, Optional<QuestionnaireUpgrade> upgrade) {

        /** The project to work on: upgraded when an upgrade is due. */
        public Project project(ProjectFile file) {
            return upgrade.map(QuestionnaireUpgrade::apply).orElse(file.project());
        }
    }

    /**
     * The questionnaire and any upgrade for this file.
     *
     * @throws ProblemException when the project answers a questionnaire that is neither built in nor embedded
     */
    public Resolved resolve(ProjectFile file) throws ProblemException {
        Project project = file.project();
        String id = project.questionnaire().id();
        if (!id.equals(builtIn.id())) {
            Questionnaire embedded = file.embedded().orElseThrow(() -> new ProblemException(
                    Problem.at("$.questionnaire.id", "project.unknown-questionnaire", id)));
            return new Resolved(embedded, Optional.empty());
        }
        String builtInFingerprint = Fingerprint.of(builtIn);
        if (file.embedded().isPresent()) {
            Questionnaire embedded = file.embedded().get();
            if (Fingerprint.of(embedded).equals(builtInFingerprint)) {
                return new Resolved(builtIn, Optional.empty());
            }
            if (compareVersions(embedded.version(), builtIn.version()) > 0) {
                return new Resolved(embedded, Optional.empty());
            }
            return upgrade(QuestionnaireUpgrade.plan(embedded, builtIn, project));
        }
        boolean same = file.fingerprint().isEmpty()
                ? project.questionnaire().version().equals(builtIn.version())
                : file.fingerprint().equals(builtInFingerprint);
        if (same) {
            return new Resolved(builtIn, Optional.empty());
        }
        Optional<Questionnaire> old = BuiltIn.archived(id, project.questionnaire().version())
                .filter(q -> file.fingerprint().isEmpty() || Fingerprint.of(q).equals(file.fingerprint()));
        return upgrade(old.isPresent() ? QuestionnaireUpgrade.plan(old.get(), builtIn, project)
                : QuestionnaireUpgrade.planWithoutOld(builtIn, project));
    }

    /**
     * The plan to move the file's project to {@code newer}, a version of its questionnaire the user picked
     * (File > New project from questionnaire..., or opening with a newer questionnaire file). Compares with
     * the embedded copy, else with an archived built-in version, else as far as possible without the old one.
     *
     * @throws IllegalArgumentException when {@code newer} is another questionnaire (a different id)
     */
    public QuestionnaireUpgrade upgrade(ProjectFile file, Questionnaire newer) {
        Project project = file.project();
        if (!project.questionnaire().id().equals(newer.id())) {
            throw new IllegalArgumentException("the project answers " + project.questionnaire().id() + ", not "
                    + newer.id());
        }
        Optional<Questionnaire> old = file.embedded()
                .or(() -> project.questionnaire().id().equals(builtIn.id())
                        && project.questionnaire().version().equals(builtIn.version())
                        ? Optional.of(builtIn) : BuiltIn.archived(project.questionnaire().id(),
                        project.questionnaire().version()));
        return old.isPresent() ? QuestionnaireUpgrade.plan(old.get(), newer, project)
                : QuestionnaireUpgrade.planWithoutOld(newer, project);
    }

    /**
     * The questionnaire the project answers as it is, without any upgrade: what its answers are checked
     * against. Its embedded copy; else the built-in questionnaire when the project answers its version, or
     * an earlier version this jar keeps. Empty when that version is not at hand (then only an upgrade can
     * say which answers no longer fit) or the questionnaire is unknown here.
     */
    public Optional<Questionnaire> answered(ProjectFile file) {
        if (file.embedded().isPresent()) {
            return file.embedded();
        }
        var ref = file.project().questionnaire();
        if (!ref.id().equals(builtIn.id())) {
            return Optional.empty();
        }
        if (ref.version().equals(builtIn.version())) {
            return Optional.of(builtIn);
        }
        return BuiltIn.archived(ref.id(), ref.version());
    }

    /** Whether this Kickoff has some version of the questionnaire: built in, or embedded in the file. */
    public boolean knows(ProjectFile file) {
        return file.embedded().isPresent() || file.project().questionnaire().id().equals(builtIn.id());
    }

    private static Resolved upgrade(QuestionnaireUpgrade upgrade) {
        return new Resolved(upgrade.current(), Optional.of(upgrade));
    }

    /** Versions compared by their numbers ("1.10.0" after "1.9.2"); other parts as text. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.+-]");
        String[] y = b.split("[.+-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,30}") && q.matches("\\d{1,30}")
                    ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
