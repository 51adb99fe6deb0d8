// Uploads a form with XMLHttpRequest, the one browser API that reports upload
// progress, and reads the API's JSON answer or error shape.
import { ApiError } from '@/lib/api-client';

export function uploadForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The server could not be reached'));
    xhr.onload = () => {
      const body = xhr.response as { error?: { code: string; message: string; details?: unknown } } | null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(xhr.status, body?.error?.code ?? 'HTTP_ERROR', body?.error?.message ?? `Upload failed (${xhr.status})`, body?.error?.details));
    };
    xhr.send(form);
  });
}
