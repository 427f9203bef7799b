namespace Dangjian.Core.Data;

/// <summary>An entity edited concurrently: <see cref="Version"/> is checked and bumped on every update.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
