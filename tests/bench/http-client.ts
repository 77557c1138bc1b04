// Talking to the running product the way a browser does: sign in for a session cookie (each user
// from its own loopback address, so the per-address sign-in limit is not what is measured), then
// call tRPC over HTTP.
import { request } from "node:http";
import { Readable } from "node:stream";

export function httpRequest(
  url: string,
  {
    method = "GET",
    headers = {},
    body,
    localAddress,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer | Readable; localAddress?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    if (body instanceof Readable) {
      body.pipe(req);
      return;
    }
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export async function signInCookie(
  baseUrl: string,
  email: string,
  password: string,
  localAddress: string,
): Promise<string> {
  const response = await httpRequest(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
    localAddress,
  });
  const cookie = [response.headers["set-cookie"] ?? []].flat()[0];
  if (response.status !== 200 || !cookie)
    throw new Error(`Sign-in failed for ${email}: ${response.status} ${response.text}`);
  return cookie.split(";")[0]!;
}

export function trpcQueryUrl(baseUrl: string, path: string, input: unknown): string {
  return `${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

export async function trpcQuery(baseUrl: string, cookie: string, path: string, input: unknown): Promise<unknown> {
  const response = await httpRequest(trpcQueryUrl(baseUrl, path, input), { headers: { cookie } });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.text.slice(0, 300)}`);
  return JSON.parse(response.text);
}
