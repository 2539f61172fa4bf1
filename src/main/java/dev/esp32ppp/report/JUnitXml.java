package dev.esp32ppp.report;

import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.steps.CheckResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The run as JUnit XML for CI systems: a test suite per scenario, a test case per check. */
final class JUnitXml {
    private JUnitXml() {
    }

    static void write(List<ScenarioResult> results, Path file) throws IOException {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = doc.createElement("testsuites");
            suites.setAttribute("name", "esp32ppp-harness");
            doc.appendChild(suites);
            for (ScenarioResult result : results) {
                suites.appendChild(suite(doc, result));
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.transform(new DOMSource(doc), new StreamResult(file.toFile()));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Element suite(Document doc, ScenarioResult result) {
        Element suite = doc.createElement("testsuite");
        String name = result.scenario().name();
        long failures = result.checks().stream().filter(c -> !c.passed()).count();
        suite.setAttribute("name", name);
        suite.setAttribute("tests", Integer.toString(result.checks().size()));
        suite.setAttribute("failures", Long.toString(failures));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", "0");
        suite.setAttribute("time", String.format(Locale.ROOT, "%.3f",
                result.labs().stream().mapToDouble(LabRecord::seconds).sum()));
        for (CheckResult check : result.checks()) {
            Element testCase = doc.createElement("testcase");
            testCase.setAttribute("classname", "scenario." + name);
            testCase.setAttribute("name", check.name());
            if (!check.passed()) {
                Element failure = doc.createElement("failure");
                failure.setAttribute("message", check.reason());
                failure.setAttribute("type", "CheckFailed");
                failure.setTextContent(check.reason());
                testCase.appendChild(failure);
            }
            suite.appendChild(testCase);
        }
        Element out = doc.createElement("system-out");
        out.setTextContent("run files: " + result.runFolder());
        suite.appendChild(out);
        return suite;
    }
}
