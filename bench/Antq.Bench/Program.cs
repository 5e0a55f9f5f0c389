namespace Antq.Bench;

/// <summary>bench/run starts this twice: `baseline` serves the raw-Npgsql twin of the measured endpoints; `measure` drives both.</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "baseline" => await Baseline.RunAsync(args[1..]),
        "measure" => await Harness.RunAsync(Options.Parse(args[1..])),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: Antq.Bench baseline --db CONNECTION --urls URL
                   Antq.Bench measure --api URL --baseline URL --key API_KEY --db CONNECTION --results FILE
                                      [--pairs 3] [--seconds 8] [--concurrency 16] [--only name,name]
            """);
        return 2;
    }
}
