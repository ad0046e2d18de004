package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bank X-Ray (docs/october-api.md, Reports): score A–E from nine weighted indicators each graded A–E, no score when
 * data sanity is below 70 %, the accounts and period analysed, monthly balance and cash-in/cash-out,
 * top counterparties by amount and by count, and the transactions. The two highest weights are the
 * documented ones; the other seven indicator names are the sandbox's.
 */
final class BankXRayGenerator implements XRayGenerator {

    static final int MIN_DATA_SANITY_FOR_SCORE = 70;

    private static final Map<String, Double> INDICATORS = indicators();
    private static final List<String> COUNTERPARTIES = List.of("URSSAF", "DGFIP", "EDF", "Orange Business",
            "Transports Michel", "Métro Cash & Carry", "Leroy Merlin Pro", "Client Dupont SA", "Axa Assurances",
            "BNP Paribas Leasing", "Loyer SCI Horizon", "Salaires");
    private static final List<String> BANKS = List.of("BNP Paribas", "Société Générale", "Crédit Agricole",
            "LCL", "Qonto", "ING");

    @Override
    public Source source() {
        return Source.BANK;
    }

    @Override
    public GeneratedReport generate(ReportInput input) {
        Random random = input.random();
        ObjectNode data = WireJson.mapper().createObjectNode();
        int dataSanity = 55 + random.nextInt(46);
        data.put("dataSanity", dataSanity);

        ArrayNode indicators = data.putArray("indicators");
        double weighted = 0;
        for (Map.Entry<String, Double> e : INDICATORS.entrySet()) {
            double percentile = random.nextDouble() * 100;
            weighted += percentile * e.getValue();
            indicators.addObject().put("name", e.getKey()).put("weight", e.getValue())
                    .put("grade", Grades.fromPercentile(percentile));
        }
        String score = dataSanity < MIN_DATA_SANITY_FOR_SCORE ? null : Grades.fromPercentile(weighted);

        ArrayNode accounts = data.putArray("accounts");
        int accountCount = 1 + random.nextInt(3);
        for (int i = 0; i < accountCount; i++) {
            accounts.addObject().put("bank", BANKS.get(random.nextInt(BANKS.size())))
                    .put("iban", "FR76 **** **** " + (1000 + random.nextInt(9000)));
        }

        int months = monthsCovered(input);
        YearMonth last = YearMonth.from(input.referenceDate());
        YearMonth first = last.minusMonths(months - 1L);
        data.putObject("period").put("from", first.atDay(1).toString()).put("to", last.atEndOfMonth().toString());

        List<Transaction> transactions = transactions(random, input.bankTransactions(), first, months);
        monthlySeries(data, random, transactions, first, months);
        topCounterparties(data, transactions);
        ArrayNode list = data.putArray("transactions");
        for (Transaction t : transactions) {
            list.addObject().put("date", t.date.toString()).put("label", t.label).put("counterparty", t.counterparty)
                    .put("amount", t.amount).put("alert", t.alert);
        }
        return new GeneratedReport(score, data);
    }

    private record Transaction(LocalDate date, String label, String counterparty, double amount, boolean alert) {
    }

    /** A month statement covers one month; quarter 3; semester 6; unknown period 6 (the advised minimum). */
    private static int monthsCovered(ReportInput input) {
        String period = input.medium() == null ? null : input.medium().period();
        if (period == null) {
            return 6;
        }
        return switch (period) {
            case "month" -> 1;
            case "quarter" -> 3;
            default -> 6;
        };
    }

    private static List<Transaction> transactions(Random random, int count, YearMonth first, int months) {
        List<Transaction> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            YearMonth month = first.plusMonths(random.nextInt(months));
            LocalDate date = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            String counterparty = COUNTERPARTIES.get(random.nextInt(COUNTERPARTIES.size()));
            boolean credit = counterparty.startsWith("Client") || random.nextInt(4) == 0;
            double amount = Grades.round2((credit ? 1 : -1) * (50 + random.nextDouble() * 12_000));
            list.add(new Transaction(date, (credit ? "VIR RECU " : "PRLV SEPA ") + counterparty.toUpperCase(),
                    counterparty, amount, random.nextInt(25) == 0));
        }
        list.sort(Comparator.comparing(Transaction::date));
        return list;
    }

    private static void monthlySeries(ObjectNode data, Random random, List<Transaction> transactions,
            YearMonth first, int months) {
        ArrayNode balances = data.putArray("balances");
        ArrayNode cashFlows = data.putArray("cashFlows");
        double balance = 5_000 + random.nextDouble() * 80_000;
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            double in = 0;
            double out = 0;
            for (Transaction t : transactions) {
                if (YearMonth.from(t.date).equals(month)) {
                    if (t.amount >= 0) {
                        in += t.amount;
                    } else {
                        out -= t.amount;
                    }
                }
            }
            balance += in - out;
            cashFlows.addObject().put("month", month.toString()).put("cashIn", Grades.round2(in))
                    .put("cashOut", Grades.round2(out));
            balances.addObject().put("month", month.toString()).put("balance", Grades.round2(balance));
        }
    }

    private static void topCounterparties(ObjectNode data, List<Transaction> transactions) {
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            double[] acc = totals.computeIfAbsent(t.counterparty, k -> new double[2]);
            acc[0] += Math.abs(t.amount);
            acc[1]++;
        }
        ObjectNode top = data.putObject("topCounterparties");
        fillTop(top.putArray("byAmount"), totals, 0);
        fillTop(top.putArray("byCount"), totals, 1);
    }

    private static void fillTop(ArrayNode array, Map<String, double[]> totals, int sortColumn) {
        totals.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[sortColumn])
                        .thenComparing(Map.Entry::getKey))
                .limit(5)
                .forEach(e -> array.addObject().put("name", e.getKey())
                        .put("amount", Grades.round2(e.getValue()[0])).put("count", (int) e.getValue()[1]));
    }

    private static Map<String, Double> indicators() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Alerts frequency", 0.20);
        m.put("Alert-related amount", 0.18);
        m.put("Debt stress", 0.12);
        m.put("Overdraft usage", 0.10);
        m.put("Payment behaviour", 0.10);
        m.put("Cash-flow volatility", 0.08);
        m.put("Balance trend", 0.08);
        m.put("Revenue regularity", 0.08);
        m.put("Intercompany dependency", 0.06);
        return m;
    }
}
