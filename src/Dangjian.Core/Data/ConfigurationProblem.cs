namespace Dangjian.Core.Data;

/// <summary>A setting that prevents start-up; its message names the setting and is shown to the operator as is.</summary>
public class ConfigurationProblem(string message, Exception? inner = null) : Exception(message, inner);
