// Compares natty (shaded in prettytime-nlp 5.0.9.Final) with the labelled due windows; see docs/analysis/commitments.md.
import java.nio.file.*; import java.util.*; import java.util.regex.*; import java.time.*;
import org.ocpsoft.prettytime.shade.com.joestelmach.natty.*;
public class NattyEval {
  public static void main(String[] a) throws Exception {
    Pattern text = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    Pattern at = Pattern.compile("\"at\": \"([^\"]+)\"");
    Pattern zone = Pattern.compile("\"zone\": \"([^\"]+)\"");
    Pattern win = Pattern.compile("\"span\": \"((?:[^\"\\\\]|\\\\.)*)\", \"due_from\": \"([^\"]+)\", \"due_to\": \"([^\"]+)\"");
    int n = 0, inside = 0, none = 0;
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      Matcher t = text.matcher(line); t.find(); Matcher at_ = at.matcher(line); at_.find(); Matcher z = zone.matcher(line); z.find();
      String tx = t.group(1).replace("\\\"", "\"").replace("\\n", "\n");
      ZoneId zid = ZoneId.of(z.group(1)); Instant ref = Instant.parse(at_.group(1));
      Matcher w = win.matcher(line);
      while (w.find()) {
        n++;
        Parser p = new Parser(TimeZone.getTimeZone(zid));
        List<DateGroup> groups = p.parse(tx, Date.from(ref));
        if (groups.isEmpty() || groups.get(0).getDates().isEmpty()) { none++; continue; }
        Instant due = groups.get(0).getDates().get(0).toInstant();
        Instant from = OffsetDateTime.parse(w.group(2)).toInstant(), to = OffsetDateTime.parse(w.group(3)).toInstant();
        if (!due.isBefore(from) && !due.isAfter(to)) inside++;
        else if (a.length > 1) System.out.println("MISS " + tx + " -> " + due.atZone(zid) + " not in " + w.group(2) + ".." + w.group(3));
      }
    }
    System.out.printf("natty (prettytime-nlp 5.0.9 shaded): windows=%d inside=%d (%.3f) no-date=%d%n", n, inside, (double) inside / n, none);
  }
}
