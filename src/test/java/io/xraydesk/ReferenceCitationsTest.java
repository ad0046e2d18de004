package io.xraydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the project's citations followable: code, build files and documents cite the October API
 * reference of this repository, {@code docs/october-api.md}, by a section that exists and by open
 * questions it lists, and never the working notes the project was first written from, which are not
 * in the repository.
 */
class ReferenceCitationsTest {

    private static final Path API_REFERENCE = Path.of("docs/october-api.md");
    private static final String API_REFERENCE_NAME = "docs/october-api.md";

    /** Notes that lived outside the repository; a citation of one cannot be followed. */
    private static final Pattern OUTSIDE_NOTES = Pattern.compile("\\b(?:API|DESIGN|TOOLCHAIN)\\.md\\b");
    private static final Pattern OPEN_QUESTION = Pattern.compile("\\bOQ-(\\d+)\\b");
    /** "docs/october-api.md, Media and uploads": a section is named by its capitalised heading. */
    private static final Pattern SECTION_CITATION =
            Pattern.compile("docs/october-api\\.md, ([A-Z][A-Za-z]*(?: [a-z]+)*)");
    /** A line break with the next line's {@code *} or {@code //}: a citation split over lines is read whole. */
    private static final Pattern COMMENT_LINE_BREAK = Pattern.compile("\\s*\\R\\s*(?:\\*(?!/)|//)?\\s*");
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (.+)$", Pattern.MULTILINE);
    private static final Pattern QUESTION_ROW = Pattern.compile("^\\| OQ-(\\d+) \\|", Pattern.MULTILINE);

    @Test
    void nothingCitesNotesOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : citingFiles()) {
            Matcher m = OUTSIDE_NOTES.matcher(Files.readString(file));
            while (m.find()) {
                found.add(file + ": " + m.group());
            }
        }
        assertEquals(List.of(), found, "citations of files that are not in the repository");
    }

    @Test
    void citedSectionsExistInTheApiReference() throws IOException {
        Set<String> headings = headings();
        List<String> unknown = new ArrayList<>();
        for (Path file : citingFiles()) {
            Matcher m = SECTION_CITATION.matcher(joinedLines(Files.readString(file)));
            while (m.find()) {
                if (!headings.contains(m.group(1))) {
                    unknown.add(file + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertEquals(List.of(), unknown, "sections cited but not in " + API_REFERENCE_NAME + " " + headings);
    }

    @Test
    void openQuestionsAreCitedWithTheReferenceAndListedInIt() throws IOException {
        Set<Integer> listed = listedQuestions();
        assertTrue(listed.contains(1) && listed.contains(23), "the open questions table lost rows: " + listed);
        List<String> problems = new ArrayList<>();
        for (Path file : citingFiles()) {
            if (file.equals(API_REFERENCE)) {
                continue;
            }
            String text = Files.readString(file);
            Matcher m = OPEN_QUESTION.matcher(text);
            boolean cites = false;
            while (m.find()) {
                cites = true;
                if (!listed.contains(Integer.parseInt(m.group(1)))) {
                    problems.add(file + ": " + m.group() + " is not in " + API_REFERENCE_NAME);
                }
            }
            if (cites && !text.contains(API_REFERENCE_NAME)) {
                problems.add(file + ": cites an open question without naming " + API_REFERENCE_NAME);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> headings() throws IOException {
        Matcher m = HEADING.matcher(Files.readString(API_REFERENCE));
        Set<String> headings = new TreeSet<>();
        while (m.find()) {
            headings.add(m.group(1).strip());
        }
        return headings;
    }

    private static Set<Integer> listedQuestions() throws IOException {
        Matcher m = QUESTION_ROW.matcher(Files.readString(API_REFERENCE));
        Set<Integer> listed = new TreeSet<>();
        while (m.find()) {
            listed.add(Integer.parseInt(m.group(1)));
        }
        return listed;
    }

    private static String joinedLines(String text) {
        return COMMENT_LINE_BREAK.matcher(text).replaceAll(" ");
    }

    /** Sources, resources, documents, packaging inputs and the build file: wherever a citation can stand. */
    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("pom.xml"), Path.of("README.md")));
        for (String root : List.of("src", "docs", "packaging")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                files.addAll(walk.filter(Files::isRegularFile).filter(ReferenceCitationsTest::isText)
                        .collect(Collectors.toList()));
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".java", ".md", ".properties", ".xml", ".sh", ".css", ".txt", ".desktop", ".json")
                .anyMatch(name::endsWith);
    }
}
