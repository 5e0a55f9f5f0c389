namespace Antq.Api.Tests.Infrastructure;

/// <summary>Waits for a condition rather than for a fixed time, so a test holds on a busy machine.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"The condition did not hold within {within.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }
}
