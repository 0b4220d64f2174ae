package org.migrationsearch.testing;

import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Makes the PDF and Word samples of the bundled corpus from our own text, so that a new user
 * sees page numbers and original files at work. The README ("The corpus folder") says how to run
 * it again after changing the text.
 */
public final class SampleOfficeFiles {

  static final String REPORT = "reports/2024-09-16-reception-capacity-southern-border.pdf";
  static final String STATEMENT = "press/2024-11-05-joint-statement-labour-mobility-corridor.pdf";
  static final String BRIEFING = "notes/2025-02-03-briefing-family-reunification-backlog.docx";

  private SampleOfficeFiles() {}

  public static void main(String[] args) {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    report(corpus.resolve(REPORT));
    statement(corpus.resolve(STATEMENT));
    briefing(corpus.resolve(BRIEFING));
  }

  private static Calendar day(int year, int month, int day) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(year, month - 1, day, 10, 0);
    return c;
  }

  static void report(Path file) {
    PdfBuilder.create()
        .info("Reception Capacity at the Southern Border: A Review of Shelters and Transit Points",
            "Sample corpus: reports", day(2024, 9, 16))
        .runningHeader("Reception Capacity at the Southern Border | Sample report, September 2024")
        .page("# Reception Capacity at the Southern Border",
            "A review of shelters, transit points and municipal services in southern Mexico and Guatemala",
            "Sample report, September 2024. Written for the migration-search sample corpus; the figures are "
                + "illustrative and rounded.")
        .page("# Contents",
            "1. Summary ........................................................ 3",
            "2. Where people arrive ............................................ 4",
            "3. Shelter places and their occupancy ............................. 5",
            "4. Municipal services under pressure .............................. 6",
            "5. Recommendations ................................................ 7")
        .page("# 1. Summary",
            "Arrivals at the southern border of Mexico rose again in the first half of 2024, while the number of "
                + "shelter places in the region hardly changed. Most people who arrive ask for asylum with the Mexican "
                + "refugee commission, COMAR, and then wait for weeks in Tapachula before their first appointment.",
            "This review counts the places available in shelters run by churches, civil society organisations and "
                + "municipalities, compares them with the number of people waiting, and describes the services that "
                + "towns on both sides of the border provide. It finds that reception capacity is concentrated in a "
                + "few towns and that most shelters are run without stable public funding.",
            "The review recommends a shared registry of shelter places, predictable multi-year funding for the "
                + "organisations that run them, and faster appointments for asylum claims so that waiting times fall.")
        .page("# 2. Where people arrive",
            "Most people cross the Suchiate river between Tecun Uman in Guatemala and Ciudad Hidalgo in Mexico, "
                + "and continue to Tapachula, the largest town of the region. Smaller numbers arrive through El Ceibo "
                + "and La Mesilla. Families with young children made up a growing share of arrivals during the year.",
            "Many arrive after long journeys through the Darien and Central America, and some have already spent "
                + "months in Panama, Costa Rica or Honduras. Nationals of Venezuela, Honduras, Cuba and Haiti were the "
                + "largest groups among those who registered at shelters.")
        .page("# 3. Shelter places and their occupancy",
            "The twelve shelters visited for this review offered about 2,400 places in total. On the nights counted, "
                + "occupancy was above capacity in nine of them, and the two largest shelters in Tapachula housed "
                + "almost twice the number of people they were built for.",
            "Shelters that accept unaccompanied children must meet separate standards and only three of them do so. "
                + "When those places are full, children wait in offices of the child protection agency, which were "
                + "never meant for overnight stays.",
            "The occupancy figures show that reception capacity at the southern border depends on the goodwill of "
                + "a few organisations rather than on a plan.")
        .page("# 4. Municipal services under pressure",
            "Municipal clinics in Tapachula and Ciudad Hidalgo report that a third of their consultations are now "
                + "for people in transit. Schools enrol children who may leave within weeks, and water and sanitation "
                + "services in the neighbourhoods near the shelters are overstretched.",
            "Towns on the Guatemalan side face the same pressure with fewer resources, and their services are "
                + "rarely counted in regional planning.")
        .page("# 5. Recommendations",
            "First, the authorities of both countries should keep a shared registry of shelter places so that "
                + "transfers between towns can be planned.",
            "Second, donors and governments should fund the organisations that run shelters for several years at "
                + "a time, so that staff can be kept and standards for children met.",
            "Third, asylum appointments should be given within days, not weeks, so that fewer people wait in the "
                + "border towns at all.")
        .write(file);
  }

  static void statement(Path file) {
    PdfBuilder.create()
        .info("Joint Statement on a Labour Mobility Corridor between Guatemala and Canada",
            "Sample corpus: press", day(2024, 11, 5))
        .page("# Joint Statement on a Labour Mobility Corridor",
            "Guatemala City, 5 November 2024",
            "The governments of Guatemala and Canada today announced a labour mobility corridor that will allow "
                + "Guatemalan workers to take up seasonal and year-round jobs in Canadian agriculture, food processing "
                + "and construction through a regular and safe pathway.",
            "Under the corridor, recruitment will be carried out by public employment services in Guatemala, with "
                + "no fees charged to workers. Employers in Canada will cover travel costs and provide housing that "
                + "meets federal and provincial standards.",
            "Both governments recall that legal pathways for work reduce the risks of irregular journeys and the "
                + "power of smugglers, and that they benefit the families and communities that receive remittances.")
        .page("Workers admitted under the corridor will receive information on their rights before departure and "
                + "will have access to consular assistance throughout their stay. A joint committee will meet twice a "
                + "year to review recruitment, working conditions and complaints.",
            "The first group of eight hundred workers is expected to travel in the spring of 2025. The governments "
                + "will publish the number of workers admitted, by sector and by department of origin, every year.",
            "The two governments invite employers, workers' organisations and civil society to take part in the "
                + "review of the corridor after its first season.")
        .write(file);
  }

  static void briefing(Path file) {
    DocxBuilder.create()
        .properties("Briefing: The Family Reunification Backlog", "Sample corpus: notes", "2025-02-03T09:00:00Z")
        .heading(1, "Briefing: The Family Reunification Backlog")
        .paragraph("This note summarises why applications for family reunification by refugees in Germany wait so "
            + "long, and what has been proposed to shorten the wait. It was written for the migration-search sample "
            + "corpus; the figures are illustrative.")
        .heading(2, "Where the applications wait")
        .paragraph("Family members apply for a visa at a German embassy or consulate abroad. Appointments at the "
            + "missions in Beirut, Istanbul, Nairobi and Addis Ababa are booked months ahead, and documents that prove "
            + "the family relationship are often hard to obtain in the countries people fled.")
        .table(List.of(
            List.of("Mission", "Average wait for an appointment", "Share of applications"),
            List.of("Beirut", "11 months", "28%"),
            List.of("Istanbul", "9 months", "22%"),
            List.of("Nairobi", "14 months", "17%"),
            List.of("Addis Ababa", "13 months", "12%")))
        .heading(2, "What has been proposed")
        .paragraph("Proposals include moving part of the examination of files to Germany, accepting digital copies "
            + "of documents where the originals cannot be obtained, and giving priority to families with children.")
        .write(file);
  }
}
