package dev.asynciotck.reports.merge;

import dev.asynciotck.reports.report.ReportPaths;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A target's Cucumber reports in a merged directory ({@code cucumber.html}, {@code messages.ndjson},
 * {@code junit.xml}), made from the folders of the jobs that ran it:
 *
 * <ul>
 *   <li>one job: its three files, copied;</li>
 *   <li>several (shards): each job's files kept whole under {@code shards/N/} (N numbering the jobs in the
 *       order given); {@code cucumber.html} links to each job's page, {@code messages.ndjson} is the jobs'
 *       message streams one after the other, {@code junit.xml} one {@code testsuite} with every job's test
 *       cases and the counts summed.</li>
 * </ul>
 */
public final class CucumberFiles {

    private CucumberFiles() {
    }

    /** A job's folder for the target, with how to name it. */
    public record Part(Path folder, String label) {
    }

    /** Writes the target's Cucumber files into {@code into} (its staged folder); absent files are skipped. */
    public static void write(String target, List<Part> parts, Path into) throws IOException {
        Files.createDirectories(into);
        List<String> files = List.of(ReportPaths.CUCUMBER_HTML, ReportPaths.MESSAGES, ReportPaths.JUNIT_XML);
        if (parts.size() == 1) {
            for (String file : files) {
                copyIfPresent(parts.getFirst().folder().resolve(file), into.resolve(file));
            }
            return;
        }
        StringBuilder index = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(target) + ": Cucumber reports of each job</title></head><body>\n<h1>"
                + escape(target) + "</h1>\n<p>This target ran in several jobs. Cucumber's page shows one run, so each "
                + "job's living documentation is kept whole below; the merged results of every job are in "
                + "<a href=\"" + ReportPaths.DETAILS_HTML + "\">the details page</a> and "
                + "<a href=\"../index.html\">the dashboard</a>.</p>\n"
                + "<ul id=\"shards\">\n");
        try (OutputStream messages = Files.newOutputStream(into.resolve(ReportPaths.MESSAGES))) {
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                Path shard = into.resolve("shards").resolve(Integer.toString(i + 1));
                Files.createDirectories(shard);
                for (String file : files) {
                    copyIfPresent(part.folder().resolve(file), shard.resolve(file));
                }
                Path stream = part.folder().resolve(ReportPaths.MESSAGES);
                if (Files.isRegularFile(stream)) {
                    byte[] bytes = Files.readAllBytes(stream);
                    messages.write(bytes);
                    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                        messages.write('\n');
                    }
                }
                index.append("<li><a href=\"shards/").append(i + 1).append('/').append(ReportPaths.CUCUMBER_HTML)
                        .append("\">").append(escape(part.label())).append("</a></li>\n");
            }
        }
        Files.writeString(into.resolve(ReportPaths.CUCUMBER_HTML), index.append("</ul>\n</body></html>\n"),
                StandardCharsets.UTF_8);
        junit(parts, into.resolve(ReportPaths.JUNIT_XML));
    }

    private static void junit(List<Part> parts, Path into) throws IOException {
        List<Path> files = parts.stream().map(p -> p.folder().resolve(ReportPaths.JUNIT_XML)).filter(Files::isRegularFile)
                .toList();
        if (files.isEmpty()) {
            return;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document merged = parse(factory, files.getFirst());
            Element suite = merged.getDocumentElement();
            for (Path file : files.subList(1, files.size())) {
                Element other = parse(factory, file).getDocumentElement();
                for (String count : List.of("tests", "skipped", "failures", "errors")) {
                    if (suite.hasAttribute(count) && other.hasAttribute(count)) {
                        suite.setAttribute(count, Long.toString(Long.parseLong(suite.getAttribute(count))
                                + Long.parseLong(other.getAttribute(count))));
                    }
                }
                if (suite.hasAttribute("time") && other.hasAttribute("time")) {
                    suite.setAttribute("time", String.format(Locale.ROOT, "%.3f",
                            Double.parseDouble(suite.getAttribute("time")) + Double.parseDouble(other.getAttribute("time"))));
                }
                List<Node> cases = new ArrayList<>();
                for (Node child = other.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element && element.getTagName().equals("testcase")) {
                        cases.add(child);
                    }
                }
                for (Node testCase : cases) {
                    suite.appendChild(merged.importNode(testCase, true));
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(merged), new StreamResult(into.toFile()));
        } catch (CorruptFileException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot merge the JUnit XML of " + files + ": " + e.getMessage(), e);
        }
    }

    /** A job's file that cannot be read as what it should be. */
    public static final class CorruptFileException extends IOException {
        CorruptFileException(Path file, String problem) {
            super("corrupt file " + file + ": " + problem);
        }
    }

    private static Document parse(DocumentBuilderFactory factory, Path file) throws Exception {
        try {
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return builder.parse(file.toFile());
        } catch (org.xml.sax.SAXException e) {
            throw new CorruptFileException(file, "not well-formed XML: " + e.getMessage());
        }
    }

    private static void copyIfPresent(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
