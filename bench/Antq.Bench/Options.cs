namespace Antq.Bench;

public sealed record Options(Uri Api, Uri Baseline, string Key, string Db, string Results, int Pairs, int Seconds, int Concurrency, string[] Only)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        return new Options(new Uri(Required("api")), new Uri(Required("baseline")), Required("key"), Required("db"), Required("results"),
            Number("pairs", 3), Number("seconds", 8), Number("concurrency", 16),
            values.TryGetValue("only", out var only) ? only.Split(',', StringSplitOptions.RemoveEmptyEntries) : []);
    }
}
