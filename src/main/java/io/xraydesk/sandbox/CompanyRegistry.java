package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Emulates the French government's company search ({@code recherche-entreprises}) for SIREN
 * look-ups: {@code GET <prefix>/search?q=<siren>}. Names and addresses are made up but stable per
 * SIREN. Only 9-digit queries find anything; text search is not emulated. Magic SIRENs:
 * {@value #CLOSED_SIREN} is a closed company, {@value #UNKNOWN_SIREN} finds nothing.
 */
final class CompanyRegistry {

    static final String PREFIX = "/recherche-entreprises";
    static final String CLOSED_SIREN = "888888880";
    static final String UNKNOWN_SIREN = "999999998";

    private static final List<String> FIRST = List.of("Atelier", "Compagnie", "Groupe", "Maison", "Société",
            "Établissements", "Studio", "Laboratoires");
    private static final List<String> SECOND = List.of("Durand", "du Rhône", "Lumière", "Vauban", "des Alpes",
            "Bellevue", "Marcel", "Océane", "Pasteur", "Saint-Jacques");
    private static final List<String> FORMS = List.of("SAS", "SARL", "SA", "SASU", "EURL");
    private static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès",
            "boulevard Voltaire", "rue Victor Hugo", "place de la Mairie", "quai des Chartrons");
    private static final List<String[]> CITIES = List.of(new String[] {"75011", "PARIS"},
            new String[] {"69002", "LYON"}, new String[] {"33000", "BORDEAUX"}, new String[] {"31000", "TOULOUSE"},
            new String[] {"59000", "LILLE"}, new String[] {"44000", "NANTES"});
    private static final List<String> ACTIVITIES = List.of("62.01Z", "46.90Z", "43.21A", "56.10A", "70.22Z",
            "25.62B");

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (!ex.getRequestMethod().equals("GET") || !path.equals(PREFIX + "/search")) {
            throw new ApiError(404, "not_found", "Only GET " + PREFIX + "/search?q=<siren> is emulated");
        }
        String q = Exchanges.query(ex).getOrDefault("q", "").replace(" ", "");
        if (q.isEmpty()) {
            // the real service answers 400 with an "erreur" field; mirrored here
            Exchanges.sendJson(ex, 400, java.util.Map.of("erreur", "Veuillez indiquer au moins un terme de recherche (q)."));
            return;
        }
        ObjectNode body = WireJson.mapper().createObjectNode();
        ArrayNode results = body.putArray("results");
        if (q.matches("\\d{9}") && !q.equals(UNKNOWN_SIREN)) {
            results.add(company(q));
        }
        body.put("total_results", results.size()).put("page", 1).put("per_page", 10)
                .put("total_pages", results.isEmpty() ? 0 : 1);
        Exchanges.sendJson(ex, 200, body);
    }

    static ObjectNode company(String siren) {
        Random random = new Random(siren.hashCode());
        ObjectNode c = WireJson.mapper().createObjectNode();
        c.put("siren", siren);
        c.put("nom_complet", (pick(FIRST, random) + " " + pick(SECOND, random) + " " + pick(FORMS, random))
                .toUpperCase(java.util.Locale.FRANCE));
        String[] city = CITIES.get(random.nextInt(CITIES.size()));
        c.putObject("siege").put("adresse", (1 + random.nextInt(120)) + " " + pick(STREETS, random).toUpperCase(
                java.util.Locale.FRANCE) + " " + city[0] + " " + city[1])
                .put("code_postal", city[0]).put("libelle_commune", city[1]);
        c.put("activite_principale", pick(ACTIVITIES, random));
        c.put("etat_administratif", siren.equals(CLOSED_SIREN) ? "C" : "A");
        return c;
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
