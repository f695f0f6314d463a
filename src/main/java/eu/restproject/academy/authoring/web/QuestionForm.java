package eu.restproject.academy.authoring.web;

import eu.restproject.academy.platform.i18n.Language;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the question editor edits: every field of every question type, as strings and lists that
 * inputs can bind to. {@link QuestionForms} turns it into a question and back; the bundle's quiz
 * reader then checks it, so the editor never needs rules of its own.
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String type;
    private String points;
    private Map<Language, String> text = new EnumMap<>(Language.class);
    private String tags;
    private List<Option> options = new ArrayList<>();
    private List<Variant> variants = new ArrayList<>();
    private String answer;
    private Map<Language, String> feedbackTrue = new EnumMap<>(Language.class);
    private Map<Language, String> feedbackFalse = new EnumMap<>(Language.class);
    private List<Option> answers = new ArrayList<>();
    private List<Prompt> prompts = new ArrayList<>();
    private List<Option> items = new ArrayList<>();
    private String accepted;
    private boolean caseSensitive;
    private boolean accentSensitive;
    private List<ShortVariant> shortVariants = new ArrayList<>();
    private String start;
    private List<Step> steps = new ArrayList<>();
    private List<CaseVariant> caseVariants = new ArrayList<>();
    private List<PairVariant> pairVariants = new ArrayList<>();
    private List<OrderVariant> orderVariants = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public Map<Language, String> getText() {
        return text;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public List<Option> getOptions() {
        return options;
    }

    public List<Variant> getVariants() {
        return variants;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Map<Language, String> getFeedbackTrue() {
        return feedbackTrue;
    }

    public Map<Language, String> getFeedbackFalse() {
        return feedbackFalse;
    }

    public List<Option> getAnswers() {
        return answers;
    }

    public List<Prompt> getPrompts() {
        return prompts;
    }

    public List<Option> getItems() {
        return items;
    }

    public String getAccepted() {
        return accepted;
    }

    public void setAccepted(String accepted) {
        this.accepted = accepted;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public boolean isAccentSensitive() {
        return accentSensitive;
    }

    public void setAccentSensitive(boolean accentSensitive) {
        this.accentSensitive = accentSensitive;
    }

    public List<ShortVariant> getShortVariants() {
        return shortVariants;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public List<CaseVariant> getCaseVariants() {
        return caseVariants;
    }

    public List<PairVariant> getPairVariants() {
        return pairVariants;
    }

    public List<OrderVariant> getOrderVariants() {
        return orderVariants;
    }

    /** An option of a choice question, an answer of a matching question or an item to order; the variant feedback rows reuse it per option. */
    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private Map<Language, String> text = new EnumMap<>(Language.class);
        private boolean correct;
        private Map<Language, String> feedback = new EnumMap<>(Language.class);
        private String instrument;
        private String article;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Map<Language, String> getText() {
            return text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public Map<Language, String> getFeedback() {
            return feedback;
        }

        public String getInstrument() {
            return instrument;
        }

        public void setInstrument(String instrument) {
            this.instrument = instrument;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }
    }

    /** What differs for learners of one country: the correct options, and feedback per option. */
    public static class Variant implements Serializable {
        private static final long serialVersionUID = 1L;
        private String country;
        private List<String> correct = new ArrayList<>();
        private List<Option> feedback = new ArrayList<>();

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public List<String> getCorrect() {
            return correct;
        }

        public void setCorrect(List<String> correct) {
            this.correct = new ArrayList<>(correct);
        }

        public List<Option> getFeedback() {
            return feedback;
        }
    }

    /** A matching prompt and the id of the answer that belongs to it. */
    public static class Prompt implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private Map<Language, String> text = new EnumMap<>(Language.class);
        private String answer;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Map<Language, String> getText() {
            return text;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    /** Accepted short answers for learners of one country, one per line. */
    public static class ShortVariant implements Serializable {
        private static final long serialVersionUID = 1L;
        private String country;
        private String accepted;

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getAccepted() {
            return accepted;
        }

        public void setAccepted(String accepted) {
            this.accepted = accepted;
        }
    }

    /** A decision point (text and choices) or an ending (debrief, points, ground) of a case study. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private boolean ending;
        private Map<Language, String> text = new EnumMap<>(Language.class);
        private String points;
        private String instrument;
        private String article;
        private List<Choice> choices = new ArrayList<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public boolean isEnding() {
            return ending;
        }

        public void setEnding(boolean ending) {
            this.ending = ending;
        }

        public Map<Language, String> getText() {
            return text;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getInstrument() {
            return instrument;
        }

        public void setInstrument(String instrument) {
            this.instrument = instrument;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }

        public List<Choice> getChoices() {
            return choices;
        }
    }

    /** A choice at a decision point: where it leads, and optionally elsewhere from a score on (further score routes are kept as "min target"). */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private Map<Language, String> text = new EnumMap<>(Language.class);
        private String points;
        private Map<Language, String> feedback = new EnumMap<>(Language.class);
        private String instrument;
        private String article;
        private String next;
        private String conditionMin;
        private String conditionTarget;
        private List<String> moreRoutes = new ArrayList<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Map<Language, String> getText() {
            return text;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public Map<Language, String> getFeedback() {
            return feedback;
        }

        public String getInstrument() {
            return instrument;
        }

        public void setInstrument(String instrument) {
            this.instrument = instrument;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }

        public String getNext() {
            return next;
        }

        public void setNext(String next) {
            this.next = next;
        }

        public String getConditionMin() {
            return conditionMin;
        }

        public void setConditionMin(String conditionMin) {
            this.conditionMin = conditionMin;
        }

        public String getConditionTarget() {
            return conditionTarget;
        }

        public void setConditionTarget(String conditionTarget) {
            this.conditionTarget = conditionTarget;
        }

        public List<String> getMoreRoutes() {
            return moreRoutes;
        }
    }

    /** A case-study choice as learners of one country get it: other points, other feedback, or both. */
    public static class CaseVariant implements Serializable {
        private static final long serialVersionUID = 1L;
        private String country;
        private String choice;
        private String points;
        private Map<Language, String> feedback = new EnumMap<>(Language.class);
        private String instrument;
        private String article;

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        /** "step/choice". */
        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public Map<Language, String> getFeedback() {
            return feedback;
        }

        public String getInstrument() {
            return instrument;
        }

        public void setInstrument(String instrument) {
            this.instrument = instrument;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }
    }

    /** A matching prompt paired with another answer for learners of one country. */
    public static class PairVariant implements Serializable {
        private static final long serialVersionUID = 1L;
        private String country;
        private String prompt;
        private String answer;

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getPrompt() {
            return prompt;
        }

        public void setPrompt(String prompt) {
            this.prompt = prompt;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    /** Another correct order for learners of one country: the item ids, separated by commas. */
    public static class OrderVariant implements Serializable {
        private static final long serialVersionUID = 1L;
        private String country;
        private String order;

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getOrder() {
            return order;
        }

        public void setOrder(String order) {
            this.order = order;
        }
    }
}
