using System.Text;

namespace CustomerIO.Emulator.Hosting;

/// <summary>What a handler tells the request log about the request it served (set per request by the middleware).</summary>
internal sealed class RequestRecordFeature(int captureBytes)
{
    public long? BodyLength { get; private set; }

    public string? BodyPrefix { get; private set; }

    public void CaptureBody(ReadOnlySpan<byte> body)
    {
        BodyLength = body.Length;
        if (captureBytes > 0 && body.Length > 0)
        {
            BodyPrefix = Encoding.UTF8.GetString(body[..Math.Min(body.Length, captureBytes)]);
        }
    }
}
