using System.Net;
using System.Net.Sockets;

namespace Antq.Api.Tests.Infrastructure;

/// <summary>
/// A TCP relay in front of the test database that a test can cut and restore, to see what clients get while the
/// database is unreachable and that the app recovers by itself. Cutting closes the listener and every open connection.
/// </summary>
public sealed class TcpRelay(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _running;
    private bool _silent;

    public int Port { get; private set; }

    /// <summary>Relays connections; a silent relay accepts them and never answers, like a hung server.</summary>
    public void Start(bool silent = false)
    {
        _silent = silent;
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _running = new CancellationTokenSource();
        _ = AcceptAsync(_listener, _running.Token);
    }

    public void Cut()
    {
        _running?.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var client in _open)
                client.Dispose();
            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (_silent)
            {
                lock (_open)
                    _open.Add(inbound);
                continue;
            }
            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(targetHost, targetPort, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }
            lock (_open)
            {
                _open.Add(inbound);
                _open.Add(outbound);
            }
            _ = PumpAsync(inbound, outbound, ct);
            _ = PumpAsync(outbound, inbound, ct);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken ct)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), ct);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The other side or a cut closed the connection.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
