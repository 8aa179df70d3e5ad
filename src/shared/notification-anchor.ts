/** Where a notification leads on the event page: the request in the recipient delegate's inbox,
 *  or that delegate's agenda (the anchors EventPage renders). */
export function notificationAnchor(registrationId: string, requestId?: string): string {
  const enc = encodeURIComponent;
  return requestId ? `request-${enc(registrationId)}-${enc(requestId)}` : `agenda-${enc(registrationId)}`;
}
