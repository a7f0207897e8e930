namespace CustomerIO.Track;

/// <summary>Settings of a <see cref="TrackClient"/>. <see cref="CustomerIOClientOptions.Endpoint"/> is the Track host root.</summary>
public sealed class TrackClientOptions : CustomerIOClientOptions
{
}
